# %% auto 0
__all__ = []

# %% ../../nbs/37_distill_stage.ipynb #dbd4616c
#| eval: false
from .distill_stage import main   # `python -m crossspace_distill.train`
if __name__ == '__main__': main()

# %% ../../nbs/37_distill_stage.ipynb #7e69691f
#| eval: false
from .distill_stage import main   # `python -m crossspace_distill.train`
if __name__ == '__main__': main()

# %% ../../nbs/37_distill_stage.ipynb #a77c711b
#| eval: false
from .distill_stage import main   # `python -m crossspace_distill.train`
if __name__ == '__main__': main()

# %% ../../nbs/37_distill_stage.ipynb #67b55f5b
#| eval: false
from .distill_stage import main   # `python -m crossspace_distill.train`
if __name__ == '__main__': main()

# %% ../../nbs/37_distill_stage.ipynb #e8da015b
#| eval: false
from .distill_stage import main   # `python -m crossspace_distill.train`
if __name__ == '__main__': main()