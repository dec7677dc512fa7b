"""What pyproject.toml cannot say: the house styles, kept in styles/ at the top of the repository,
are installed as the package-data folder convert/styles, where `convert.writers.styles` finds them
with importlib.resources."""

from setuptools import find_namespace_packages, setup

setup(
    packages=[*find_namespace_packages(include=["convert", "convert.*"], exclude=["*.__pycache__"]), "convert.styles"],
    package_dir={"convert.styles": "styles"},
)
