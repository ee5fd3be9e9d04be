"""A quiet console logger: the stages' own progress lines and anything at WARNING or above.
The full event stream still goes to the instance and shows in the UI. On a terminal each line
first clears the current one, where `unrest run` may be drawing its progress bar."""
import logging
import sys

import dagster as dg

_STAGES = ("ingest:", "parse:", "extract:", "load:", "recovery:", "validate:", "report:")


class _ProgressFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        meta = getattr(record, "dagster_meta", None) or {}
        msg = meta.get("orig_message") or ""
        if record.levelno >= logging.WARNING:
            record.short = f"{meta.get('step_key') or 'run'}: {msg or record.getMessage()}"
            return True
        record.short = msg
        return isinstance(msg, str) and msg.startswith(_STAGES)


@dg.logger(config_schema={"log_level": dg.Field(str, is_required=False, default_value="INFO")},
           description="Stage progress lines and warnings on stderr")
def progress_logger(init_context: "dg.InitLoggerContext") -> logging.Logger:
    log = logging.Logger("unrest", level=init_context.logger_config["log_level"])
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(_ProgressFilter())
    clear = "\r\033[K" if sys.stderr.isatty() else ""
    handler.setFormatter(logging.Formatter(clear + "  %(short)s"))
    log.addHandler(handler)
    return log
