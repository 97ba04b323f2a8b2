"""Tests for app/cli/errors.py: a distinct exit code per error class."""

from __future__ import annotations

from app.cli.errors import EXIT_CODES, GENERIC, INTERNAL, describe_exit_codes, exit_code_for
from app.domain import errors as e


def all_error_classes() -> list[type[e.CarnetError]]:
    found, todo = [], [e.CarnetError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return [cls for cls in found if cls.__module__ == e.__name__]


def test_every_domain_error_class_has_its_own_code() -> None:
    """Each class in app.domain.errors maps to a code no other class uses."""
    codes = [EXIT_CODES[cls] for cls in all_error_classes()]
    assert len(codes) == len(set(codes))
    assert all(code not in (0, 2, INTERNAL, 130) for code in codes)


def test_an_unknown_subclass_takes_its_parents_code() -> None:
    """A future error class still gets a meaningful code until it is listed."""

    class NewCorruption(e.VaultCorrupted):
        pass

    assert exit_code_for(NewCorruption()) == EXIT_CODES[e.VaultCorrupted]
    assert exit_code_for(e.CarnetError()) == GENERIC
    assert exit_code_for(ValueError()) == INTERNAL


def test_the_help_epilog_lists_every_code() -> None:
    """`carnet-cli --help` documents each code with the class's message."""
    text = describe_exit_codes()
    for cls, code in EXIT_CODES.items():
        assert f"{code:>3}  {cls.__name__}" in text
