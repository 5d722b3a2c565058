"""`python -m bench`: the browser benchmark (see bench/run.py)."""

from bench.run import main

if __name__ == "__main__":
    main()
