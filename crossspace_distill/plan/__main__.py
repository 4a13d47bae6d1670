"""`python -m crossspace_distill.plan`: `csd plan`, the memory plan of a recipe
(`crossspace_distill.plan.memory.plan_main`)."""
# Written by hand, not exported: `csd plan` itself is developed in nbs/38_plan.ipynb.
from .memory import plan_main

if __name__ == "__main__": plan_main()
