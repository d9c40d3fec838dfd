"""Shared by tests/ and the nbval run over notebooks/: figures go to a scratch folder, never
into the committed figures/ gallery (kernels inherit this environment)."""

import os
import tempfile

os.environ.setdefault("ANALYSIS_FIGURES_DIR", tempfile.mkdtemp(prefix="analysis-figures-"))
os.environ.setdefault("ANALYSIS_BUILD_DIR", tempfile.mkdtemp(prefix="analysis-build-"))
os.environ.setdefault("MPLBACKEND", "Agg")
