# %% auto 0
__all__ = []

# %% ../../nbs/38_plan.ipynb #f2e2def7
#| eval: false
from .memory import plan_main   # `python -m crossspace_distill.plan`
if __name__ == '__main__': plan_main()

# %% ../../nbs/38_plan.ipynb #c0301995
#| eval: false
from .memory import plan_main   # `python -m crossspace_distill.plan`
if __name__ == '__main__': plan_main()

# %% ../../nbs/38_plan.ipynb #93574f7c
#| eval: false
from .memory import plan_main   # `python -m crossspace_distill.plan`
if __name__ == '__main__': plan_main()

# %% ../../nbs/38_plan.ipynb #465be1b0
#| eval: false
from .memory import plan_main   # `python -m crossspace_distill.plan`
if __name__ == '__main__': plan_main()

# %% ../../nbs/38_plan.ipynb #4e176712
#| eval: false
from .memory import plan_main   # `python -m crossspace_distill.plan`
if __name__ == '__main__': plan_main()