import os
from os import (
    path,
    not_a_real_name,
)
