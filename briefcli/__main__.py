"""python -m briefcli …"""
from .cli import main

main()
