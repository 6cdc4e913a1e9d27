from onrecord.cli import cli

cli()
