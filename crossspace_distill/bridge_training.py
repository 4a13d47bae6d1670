# %% auto 0
__all__ = []

# %% ../nbs/36_bridge_stage.ipynb #0e9c3e26
#| eval: false
from .train.bridge_stage import main   # `python -m crossspace_distill.bridge_training`
if __name__ == '__main__': main()