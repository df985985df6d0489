"""When two spellings name one person, with invented names: romanisations, spacing, accents
and particles meet on one key; names that differ in what tells people apart never do."""

from __future__ import annotations

import pytest

from extract.name_keys import agree, forms, name_key, same

SPELT_ALIKE = [
    ("Nikolai Brusov", "Nikolay Brusov"),
    ("Grigory Lavsky", "Grigoriy Lavskiy"),
    ("Oleg Ternovsky", "Oleg Ternovskii"),
    ("Aleksandr Tomin", "Alexander Tomin"),
    ("Alexei Durov", "Aleksey Durov"),
    ("Yury Selin", "Iouri Selin"),
    ("Yuri Selin", "Yury Selin"),
    ("Pyotr Ramov", "Petr Ramov"),
    ("Yelena Korsa", "Elena Korsa"),
    ("Gennady Orlik", "Gennadiy Orlik"),
    ("Mikhail Zubin", "Mihail Zubin"),
    ("Sergei Artemyev", "Sergei Artemiev"),
    ("Pavel Dmitriyev", "Pavel Dmitriev"),
    ("Denis Matveyev", "Denis Matveev"),
    ("Hamdan Al Mansoori", "Hamdan Al Mansouri"),
    ("Fang Xiaolin", "Fang Xiao-lin"),
    ("Fang Xiaolin", "Fang Xiao Lin"),
    ("Khalid Al Saadi", "Khalid Al-Saadi"),
    ("Khalid Al Saadi", "Khalid AlSaadi"),
    ("Kōzō Hamada", "Kozo Hamada"),
    ("Renée Dubois", "Renee Dubois"),
    ("Commander Nikolai Brusov", "Nikolai Brusov"),
    ("Paul D. Krane Jr.", "Paul Krane"),
]

APART = [
    ("Dara Voss", "Milo Voss"),  # two people who share a surname
    ("Jon Pike", "Jan Pike"),
    ("Ivan Petrak", "Ivana Petrak"),  # a feminine form is another person
    ("Aleksandr Tomin", "Aleksandra Tomin"),
    ("Anna Lind", "Anne Lind"),
    ("Anna Lind", "Ann Lind"),
    ("Nikolai Brusov", "Nikolai Brusova"),
    ("Mark Selin", "Mike Selin"),
]


@pytest.mark.parametrize(("a", "b"), SPELT_ALIKE)
def test_spellings_of_one_name_share_a_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)
    assert same(a, b) and same(b, a)


@pytest.mark.parametrize(("a", "b"), APART)
def test_different_names_never_share_a_key_nor_agree(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)
    assert not same(a, b)
    assert not agree(a, b) and not agree(b, a)


@pytest.mark.parametrize(("a", "b"), [
    ("Tessa Rowe", "Tessa Marlowe Rowe"),  # a middle name dropped
    ("Lia Brandt", "Lia Brandt-Osei"),  # a double surname
    ("Jen Holloway", "Jennifer Holloway"),  # a shortened given name
    ("Maksim Orel", "Maxim Orel"),
])
def test_close_names_agree_without_being_the_same_spelling(a: str, b: str) -> None:
    assert agree(a, b) and agree(b, a)


def test_a_nickname_given_in_quotes_is_the_same_name() -> None:
    assert same('Walter "Skip" Dunmore', "Skip Dunmore")
    assert not same('Walter "Skip" Dunmore', "Skip Dunford")
    assert "skip dunmore" in forms('Walter "Skip" Dunmore')


def test_a_name_is_found_under_its_short_form_and_its_surname() -> None:
    keys = forms("Tessa Marlowe Rowe")
    assert {name_key("Tessa Marlowe Rowe"), name_key("Tessa Rowe"), "rowe"} <= keys
    assert forms("Rowe") == set()  # a bare surname is no full name to look up


@pytest.mark.parametrize(("full", "short"), [
    ("Tariq bin Hamdan Al Qasir", "Tariq bin Hamdan"),
    ("Layla bint Karim Al Nadir", "Layla bint Karim"),
    ("Omar ibn Yusuf al-Harbi", "Omar ibn Yusuf"),
])
def test_an_arabic_name_is_found_up_to_its_patronymic(full: str, short: str) -> None:
    assert name_key(short) in forms(full)


@pytest.mark.parametrize(("full", "not_short"), [
    ("Tariq Hamdan Al Qasir", "Tariq Hamdan"),  # no patronymic: the given names are no name of his
    ("Ann Bin Lee", "Ann Bin"),  # "Bin" as the first word of a surname shortens nothing
])
def test_no_patronymic_no_shorter_form(full: str, not_short: str) -> None:
    assert name_key(not_short) not in forms(full)


def test_a_title_alone_is_no_name() -> None:
    assert name_key("Commander Brusov") == name_key("Brusov")
    assert name_key("...") is None
