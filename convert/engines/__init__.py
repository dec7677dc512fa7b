"""What Galley does to the programs it typesets with (WeasyPrint, pandoc), in one place."""
