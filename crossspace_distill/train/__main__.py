# %% auto 0
__all__ = []

# %% ../../nbs/37_distill_stage.ipynb #e8da015b
#| eval: false
from .distill_stage import main   # `python -m crossspace_distill.train`
if __name__ == '__main__': main()