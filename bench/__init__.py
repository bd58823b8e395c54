"""Benchmarks run on demand (`python -m bench`, `python -m bench --json`), never as timed tests.

Results and the machine they were measured on are written up in docs/benchmarks.md."""
