"""Tests for intake.crypto.keyring: rings, text formats, key files and the index key."""

from __future__ import annotations

import base64
import datetime as dt
import os
import re
import stat
from pathlib import Path

import pytest

from intake.crypto import (
    INDEX_PURPOSES,
    PURPOSE_AUDIT_CHAIN,
    PURPOSE_CONTACT_INDEX,
    PURPOSE_MESSAGE_ID,
    PURPOSE_RATE_LIMIT,
    PURPOSE_REPORT_CODE,
    IndexKey,
    KeyRingError,
    MasterKey,
    MasterKeyRing,
    UnknownKeyError,
    add_master_key_to_file,
    format_index_key,
    format_master_key_file,
    generate_data_key,
    generate_index_key,
    generate_master_key,
    load_index_key_file,
    load_master_key_file,
    parse_index_key,
    parse_master_keys,
    remove_master_key_from_file,
    unwrap_data_key,
    wrap_data_key,
    write_key_file_atomic,
)

K1 = bytes(range(32))
K2 = bytes(range(32, 64))


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# --------------------------------------------------------------------------- ring


def test_ring_current_get_kids() -> None:
    ring = MasterKeyRing([MasterKey("new", K2), MasterKey("old", K1)])
    assert ring.current.kid == "new"
    assert ring.kids == ("new", "old")
    assert ring.get("old").key == K1
    assert "old" in ring
    assert "nope" not in ring
    assert len(ring) == 2
    with pytest.raises(UnknownKeyError):
        ring.get("nope")


@pytest.mark.parametrize(
    "keys",
    [
        [],
        [MasterKey("a", K1), MasterKey("a", K2)],
        [MasterKey("a", b"x" * 31)],
        [MasterKey("a", b"x" * 33)],
        [MasterKey("Bad|Kid", K1)],
        [MasterKey("", K1)],
    ],
    ids=["empty", "duplicate", "short", "long", "bad-kid", "empty-kid"],
)
def test_ring_rejects(keys: list[MasterKey]) -> None:
    with pytest.raises(KeyRingError):
        MasterKeyRing(keys)


def test_repr_hides_key_material() -> None:
    mk = MasterKey("mk-1", K1)
    ring = MasterKeyRing([mk])
    for text in (repr(mk), str(mk), repr(ring)):
        assert "mk-1" in text
        assert K1.hex() not in text
        assert repr(K1) not in text
        assert base64.b64encode(K1).decode() not in text
    ik = IndexKey(K1)
    assert K1.hex() not in repr(ik)
    assert repr(K1) not in repr(ik)


def test_ring_without() -> None:
    ring = MasterKeyRing([MasterKey("new", K2), MasterKey("old", K1)])
    assert ring.without("old").kids == ("new",)
    with pytest.raises(KeyRingError, match="current"):
        ring.without("new")
    with pytest.raises(UnknownKeyError):
        ring.without("missing")


def test_generate_master_key() -> None:
    mk = generate_master_key(now=dt.datetime(2026, 11, 21, tzinfo=dt.UTC))
    assert re.fullmatch(r"mk-20261121-[0-9a-f]{6}", mk.kid)
    assert len(mk.key) == 32
    kids = {generate_master_key().kid for _ in range(50)}
    assert len(kids) == 50
    assert all(re.fullmatch(r"[a-z0-9-]+", k) for k in kids)
    MasterKeyRing([generate_master_key(), generate_master_key()])


# --------------------------------------------------------------------------- text formats


def _b64(key: bytes, *, urlsafe: bool, padded: bool) -> str:
    enc = base64.urlsafe_b64encode(key) if urlsafe else base64.b64encode(key)
    s = enc.decode()
    return s if padded else s.rstrip("=")


# Key chosen so its base64 contains both '+'/'/' (standard) and '-'/'_' (urlsafe) variants.
K_SPECIAL = bytes([0xFB, 0xFF, 0xBF] * 10 + [0xFF, 0xFE])


@pytest.mark.parametrize("urlsafe", [True, False])
@pytest.mark.parametrize("padded", [True, False])
def test_parse_env_format(urlsafe: bool, padded: bool) -> None:
    text = (
        f"k2:{_b64(K_SPECIAL, urlsafe=urlsafe, padded=padded)},"
        f" k1:{_b64(K1, urlsafe=urlsafe, padded=padded)}"
    )
    ring = parse_master_keys(text)
    assert ring.kids == ("k2", "k1")
    assert ring.get("k2").key == K_SPECIAL
    assert ring.get("k1").key == K1


def test_parse_file_format_with_comments() -> None:
    text = f"""\ufeff
# master keys, newest first

k2:{_b64(K2, urlsafe=False, padded=True)}   # added 2026
  k1:{_b64(K1, urlsafe=True, padded=False)}
"""
    ring = parse_master_keys(text)
    assert ring.kids == ("k2", "k1")
    assert ring.current.key == K2


@pytest.mark.parametrize(
    "text",
    [
        "",
        "# only a comment\n",
        "k1",
        "k1:",
        "k1:not base64!!",
        f"k1:{base64.b64encode(b'x' * 16).decode()}",
        f"K1:{base64.b64encode(K1).decode()}",
        f"k1:{base64.b64encode(K1).decode()},k1:{base64.b64encode(K2).decode()}",
    ],
    ids=["empty", "comment", "no-colon", "no-key", "bad-b64", "short", "upper-kid", "dup"],
)
def test_parse_rejects(text: str) -> None:
    with pytest.raises(KeyRingError):
        parse_master_keys(text)


def test_parse_error_does_not_echo_key() -> None:
    key_b64 = base64.b64encode(K1).decode()
    # key and kid swapped by mistake
    with pytest.raises(KeyRingError) as info:
        parse_master_keys(f"{key_b64}:k1")
    assert key_b64 not in str(info.value)
    assert key_b64[:20] not in str(info.value)


def test_format_master_key_file_round_trip() -> None:
    ring = MasterKeyRing([generate_master_key(), generate_master_key()])
    text = format_master_key_file(ring)
    assert text.startswith("#")
    header = "\n".join(line for line in text.splitlines() if line.startswith("#")).lower()
    assert "newest first" in header
    assert "never commit" in header
    parsed = parse_master_keys(text)
    assert parsed.kids == ring.kids
    assert [k.key for k in parsed] == [k.key for k in ring]


# --------------------------------------------------------------------------- files


def test_write_key_file_atomic_mode_0600(tmp_path: Path) -> None:
    path = tmp_path / "master.keys"
    old_umask = os.umask(0)  # the most permissive umask must still give 0600
    try:
        write_key_file_atomic(path, "hello\n")
    finally:
        os.umask(old_umask)
    assert path.read_text() == "hello\n"
    assert _mode(path) == 0o600
    # Overwriting an existing world-readable file also ends at 0600.
    path.chmod(0o644)
    write_key_file_atomic(path, "again\n")
    assert _mode(path) == 0o600
    assert path.read_text() == "again\n"
    assert [p.name for p in tmp_path.iterdir()] == ["master.keys"]  # no temp file left


def test_load_refuses_group_or_world_readable(tmp_path: Path) -> None:
    path = tmp_path / "master.keys"
    write_key_file_atomic(path, format_master_key_file(MasterKeyRing([MasterKey("k1", K1)])))
    assert load_master_key_file(path).kids == ("k1",)
    for mode in (0o644, 0o640, 0o604, 0o660, 0o602):
        path.chmod(mode)
        with pytest.raises(KeyRingError) as info:
            load_master_key_file(path)
        msg = str(info.value)
        assert str(path) in msg
        assert f"{mode:04o}" in msg
    path.chmod(0o644)
    assert load_master_key_file(path, allow_insecure_mode=True).kids == ("k1",)
    path.chmod(0o400)
    assert load_master_key_file(path).kids == ("k1",)


def test_load_missing_file(tmp_path: Path) -> None:
    with pytest.raises(KeyRingError, match="cannot open"):
        load_master_key_file(tmp_path / "absent.keys")


def test_add_master_key_to_file(tmp_path: Path) -> None:
    path = tmp_path / "master.keys"
    first = add_master_key_to_file(path)  # creates the file
    assert _mode(path) == 0o600
    dek = generate_data_key()
    wrapped = wrap_data_key(load_master_key_file(path), dek, data_key_id="r1")

    second = add_master_key_to_file(path)
    ring = load_master_key_file(path)
    assert ring.kids == (second.kid, first.kid)
    assert ring.current == second
    assert _mode(path) == 0o600
    # data wrapped under the first key stays readable through the grown ring
    assert unwrap_data_key(ring, wrapped.blob, data_key_id="r1") == dek

    ring2 = remove_master_key_from_file(path, first.kid)
    assert ring2.kids == (second.kid,)
    assert load_master_key_file(path).kids == (second.kid,)


def test_add_master_key_refuses_insecure_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "master.keys"
    add_master_key_to_file(path)
    path.chmod(0o644)
    with pytest.raises(KeyRingError):
        add_master_key_to_file(path)


# --------------------------------------------------------------------------- index key


def test_index_key_parse_format_round_trip(tmp_path: Path) -> None:
    ik = generate_index_key()
    text = format_index_key(ik)
    assert text.startswith("#")
    assert parse_index_key(text) == ik
    assert parse_index_key(format_index_key(ik, header=False)) == ik
    # standard base64 without padding is also accepted
    assert parse_index_key(base64.b64encode(ik.key).decode().rstrip("=")) == ik
    path = tmp_path / "index.key"
    write_key_file_atomic(path, text)
    assert load_index_key_file(path) == ik
    path.chmod(0o644)
    with pytest.raises(KeyRingError):
        load_index_key_file(path)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "# nothing\n",
        "abc",
        base64.b64encode(K1).decode() * 2,
        f"{base64.b64encode(K1).decode()}\n{base64.b64encode(K2).decode()}",
    ],
    ids=["empty", "comment", "short", "long", "two-lines"],
)
def test_parse_index_key_rejects(text: str) -> None:
    with pytest.raises(KeyRingError):
        parse_index_key(text)


def test_index_key_derive() -> None:
    ik = IndexKey(K1)
    subkeys = {p: ik.derive(p) for p in INDEX_PURPOSES}
    assert set(subkeys) == {
        PURPOSE_CONTACT_INDEX,
        PURPOSE_MESSAGE_ID,
        PURPOSE_REPORT_CODE,
        PURPOSE_AUDIT_CHAIN,
        PURPOSE_RATE_LIMIT,
    }
    assert all(len(k) == 32 for k in subkeys.values())
    assert len(set(subkeys.values())) == len(INDEX_PURPOSES)  # independent
    assert K1 not in subkeys.values()
    assert ik.derive(PURPOSE_CONTACT_INDEX) == subkeys[PURPOSE_CONTACT_INDEX]  # deterministic
    assert IndexKey(K2).derive(PURPOSE_CONTACT_INDEX) != subkeys[PURPOSE_CONTACT_INDEX]
    with pytest.raises(ValueError, match="purpose"):
        ik.derive("Bad Purpose")


def test_index_key_derive_is_pinned() -> None:
    # Stored blind indexes depend on these exact bytes: a change to salt/info must be
    # deliberate (it makes every stored index and report code unfindable).
    ik = IndexKey(bytes(32))
    assert ik.derive(PURPOSE_CONTACT_INDEX).hex() == _PINNED_CONTACT_SUBKEY


def test_index_key_rejects_wrong_length() -> None:
    with pytest.raises(KeyRingError):
        IndexKey(b"x" * 16)


# RFC 5869 HKDF-SHA256, computed independently with hmac: salt "intake.index-key.v1",
# info "intake/v1/contact-blind-index", IKM 32 zero bytes.
_PINNED_CONTACT_SUBKEY = "8d35ce295811519ef825844a7b3c963a2808e71d8cf77e7b83f2475f3d38ab79"
