"""The rule families, one module each; the default order is in ``newsclean.pipeline``."""
