"""Scripts the benchmarks start as separate processes, so start-up and memory are measured from outside."""
