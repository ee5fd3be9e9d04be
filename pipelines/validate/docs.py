from pathlib import Path
def data_docs(reports, out_dir: Path) -> Path:
    raise NotImplementedError
