"""`python -m bot` runs the DealWire command line."""

from bot.cli import main

if __name__ == "__main__":
    main()
