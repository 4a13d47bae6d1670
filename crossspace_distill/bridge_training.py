"""`python -m crossspace_distill.bridge_training` (`accelerate launch -m crossspace_distill.bridge_training ...`): the
Bridge stage's script, `crossspace_distill.train.bridge_stage.main`, kept at this path for recipes, scripts and the
README."""
# Written by hand, not exported: the script itself is developed in nbs/36_bridge_stage.ipynb.
from .train.bridge_stage import main

if __name__ == "__main__": main()
