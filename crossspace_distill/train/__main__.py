"""`python -m crossspace_distill.train` (`accelerate launch -m crossspace_distill.train ...`): the distillation stage's
script, `crossspace_distill.train.distill_stage.main`, kept at this path for recipes, scripts and the README."""
# Written by hand, not exported: the script itself is developed in nbs/37_distill_stage.ipynb.
from .distill_stage import main

if __name__ == "__main__": main()
