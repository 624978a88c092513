"""Master keys (key-encryption keys) and the index key, and their text/file formats.

Two independent secrets live *outside* the database and its backups:

* the **master-key ring**: a list of ``(kid, 32-byte key)`` pairs, newest first. The newest
  key wraps new data keys (see :mod:`intake.crypto.envelope`); older keys are kept only to
  unwrap data keys that have not yet been re-wrapped by ``intake keys rotate``.
* the **index key**: one 32-byte secret from which HKDF-SHA256 derives an independent sub-key
  per purpose (contact blind index, channel message-id hashes, report-code lookup, audit
  hash chain), so that no raw key is ever used for two purposes.

Text formats
------------
Master keys: ``kid:BASE64KEY`` entries separated by commas (``INTAKE_MASTER_KEYS`` env var)
or one per line (key file; blank lines and ``#`` comments allowed). Base64 may be standard or
URL-safe, padded or not. Index key: a single base64 line, comments allowed.

Key files must not be readable or writable by group or others; loading refuses them unless
the caller explicitly passes ``allow_insecure_mode=True``.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import os
import re
import secrets
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from intake.crypto.errors import KeyRingError, UnknownKeyError

__all__ = [
    "INDEX_PURPOSES",
    "KEY_SIZE",
    "PURPOSE_AUDIT_CHAIN",
    "PURPOSE_CONTACT_INDEX",
    "PURPOSE_MESSAGE_ID",
    "PURPOSE_RATE_LIMIT",
    "PURPOSE_REPORT_CODE",
    "IndexKey",
    "MasterKey",
    "MasterKeyRing",
    "add_master_key_to_file",
    "format_index_key",
    "format_master_key_file",
    "generate_index_key",
    "generate_master_key",
    "load_index_key_file",
    "load_master_key_file",
    "parse_index_key",
    "parse_master_keys",
    "remove_master_key_from_file",
    "write_key_file_atomic",
]

KEY_SIZE = 32
"""Size in bytes of every master key, data key and index key (AES-256 / HMAC-SHA256)."""

# kids are embedded in wrapped-key blobs and in AAD text, so they are restricted to a
# small alphabet that can never contain the "|" separator or non-ASCII look-alikes.
_KID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")

# HKDF purposes. The info strings are part of the stored data's meaning: changing one makes
# every blind index / lookup hash derived from it unfindable, so they are versioned constants.
PURPOSE_CONTACT_INDEX = "contact-blind-index"
PURPOSE_MESSAGE_ID = "channel-message-id"
PURPOSE_REPORT_CODE = "report-code-lookup"
PURPOSE_AUDIT_CHAIN = "audit-chain"
PURPOSE_RATE_LIMIT = "rate-limit-key"
INDEX_PURPOSES: frozenset[str] = frozenset(
    {
        PURPOSE_CONTACT_INDEX,
        PURPOSE_MESSAGE_ID,
        PURPOSE_REPORT_CODE,
        PURPOSE_AUDIT_CHAIN,
        PURPOSE_RATE_LIMIT,
    }
)
_PURPOSE_RE = re.compile(r"^[a-z0-9][a-z0-9.-]{0,63}$")
_HKDF_SALT = b"intake.index-key.v1"
_HKDF_INFO_PREFIX = b"intake/v1/"

_INSECURE_MODE_BITS = stat.S_IRWXG | stat.S_IRWXO


def _validate_kid(kid: str, where: str = "") -> None:
    if not isinstance(kid, str) or not _KID_RE.fullmatch(kid):
        # Do not echo the rejected value: a mangled line may have the key where the kid
        # belongs, and this message can end up in logs.
        raise KeyRingError(f"invalid master key id{where}: use 1-64 chars of [a-z0-9-]")


@dataclass(frozen=True)
class MasterKey:
    """One key-encryption key. ``repr`` shows the kid only, never the key."""

    kid: str
    key: bytes = field(repr=False)

    def __repr__(self) -> str:
        return f"MasterKey(kid={self.kid!r}, key=<{len(self.key)} bytes hidden>)"


class MasterKeyRing:
    """Master keys, newest first. ``current`` (the first) wraps every new data key."""

    __slots__ = ("_by_kid", "_keys")

    def __init__(self, keys: Sequence[MasterKey]) -> None:
        keys = tuple(keys)
        if not keys:
            raise KeyRingError("master key ring is empty: at least one master key is required")
        by_kid: dict[str, MasterKey] = {}
        for mk in keys:
            if not isinstance(mk, MasterKey):
                raise KeyRingError("master key ring entries must be MasterKey instances")
            _validate_kid(mk.kid)
            if not isinstance(mk.key, bytes) or len(mk.key) != KEY_SIZE:
                raise KeyRingError(f"master key {mk.kid!r} must be exactly {KEY_SIZE} bytes")
            if mk.kid in by_kid:
                raise KeyRingError(f"duplicate master key id {mk.kid!r}")
            by_kid[mk.kid] = mk
        self._keys = keys
        self._by_kid = by_kid

    @property
    def current(self) -> MasterKey:
        """The newest master key; every wrap uses it."""
        return self._keys[0]

    @property
    def kids(self) -> tuple[str, ...]:
        """All kids, newest first."""
        return tuple(mk.kid for mk in self._keys)

    @property
    def keys(self) -> tuple[MasterKey, ...]:
        """All keys, newest first."""
        return self._keys

    def get(self, kid: str) -> MasterKey:
        """Return the key with this kid or raise :class:`UnknownKeyError`."""
        try:
            return self._by_kid[kid]
        except KeyError:
            raise UnknownKeyError(
                f"master key {kid!r} is not in the key ring (known: {', '.join(self.kids)})"
            ) from None

    def with_new_key(self, key: MasterKey) -> MasterKeyRing:
        """Return a new ring with ``key`` prepended as the current key."""
        return MasterKeyRing((key, *self._keys))

    def without(self, kid: str) -> MasterKeyRing:
        """Return a new ring without ``kid``. Refuses to drop the current key.

        Dropping the current key would silently promote an older key to "current", which is
        never what an operator retiring an old key wants.
        """
        self.get(kid)
        if kid == self.current.kid:
            raise KeyRingError(f"refusing to remove the current master key {kid!r}")
        return MasterKeyRing(tuple(mk for mk in self._keys if mk.kid != kid))

    def __contains__(self, kid: object) -> bool:
        return kid in self._by_kid

    def __iter__(self) -> Iterator[MasterKey]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __repr__(self) -> str:
        return f"MasterKeyRing(kids={list(self.kids)!r})"


# --------------------------------------------------------------------------- text formats


def _b64decode_any(text: str) -> bytes:
    """Decode standard or URL-safe base64, padded or not; raise ValueError otherwise."""
    s = "".join(text.split())
    s = s.replace("-", "+").replace("_", "/").rstrip("=")
    if not s:
        raise ValueError("empty")
    s += "=" * (-len(s) % 4)
    try:
        return base64.b64decode(s, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("not base64") from None


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def _strip_comment(line: str) -> str:
    # '#' never occurs in base64 or kids, so everything after it is a comment.
    return line.split("#", 1)[0].strip()


def parse_master_keys(text: str) -> MasterKeyRing:
    """Parse ``kid1:KEY,kid2:KEY`` (env var) or the one-per-line key-file format.

    Entries are newest first. Error messages name the entry number and kid, never the key.
    """
    entries: list[str] = []
    # Editors on some platforms prepend a BOM; it would otherwise corrupt the first kid.
    for line in text.removeprefix("\ufeff").splitlines():
        line = _strip_comment(line)
        entries.extend(part.strip() for part in line.split(",") if part.strip())
    keys: list[MasterKey] = []
    for n, entry in enumerate(entries, start=1):
        kid, sep, b64 = entry.partition(":")
        kid = kid.strip()
        if not sep or not b64.strip():
            raise KeyRingError(f"master key entry {n} is not of the form kid:BASE64KEY")
        _validate_kid(kid, f" (entry {n})")
        try:
            raw = _b64decode_any(b64)
        except ValueError:
            raise KeyRingError(f"master key {kid!r} (entry {n}) is not valid base64") from None
        if len(raw) != KEY_SIZE:
            raise KeyRingError(
                f"master key {kid!r} (entry {n}) decodes to {len(raw)} bytes, expected {KEY_SIZE}"
            )
        keys.append(MasterKey(kid=kid, key=raw))
    return MasterKeyRing(keys)


_MASTER_KEY_FILE_HEADER = """\
# intake master keys (key-encryption keys). NEWEST FIRST: the first line wraps new data keys.
# Keep older keys until `intake keys rotate` reports that no wrapped data key uses them.
# SECRET: never commit this file, never put it in the database or its backups; mode 0600.
"""


def format_master_key_file(ring: MasterKeyRing) -> str:
    """Render a ring in the key-file format (header comment, one ``kid:KEY`` per line)."""
    lines = [f"{mk.kid}:{_b64encode(mk.key)}" for mk in ring]
    return _MASTER_KEY_FILE_HEADER + "\n".join(lines) + "\n"


def generate_master_key(*, now: dt.datetime | None = None) -> MasterKey:
    """Create a random master key with a kid like ``mk-20261121-3f9a2c`` (UTC date)."""
    day = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%d")
    return MasterKey(kid=f"mk-{day}-{secrets.token_hex(3)}", key=secrets.token_bytes(KEY_SIZE))


# --------------------------------------------------------------------------- files


def _read_secret_file(path: str | os.PathLike[str], *, allow_insecure_mode: bool) -> str:
    p = Path(path)
    try:
        # fstat the open descriptor rather than stat-ing the path, so the mode we check
        # belongs to the file we actually read (no swap between check and use).
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise KeyRingError(f"cannot open key file {p}: {exc.strerror}") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise KeyRingError(f"key file {p} is not a regular file")
        mode = stat.S_IMODE(st.st_mode)
        if mode & _INSECURE_MODE_BITS and not allow_insecure_mode:
            raise KeyRingError(
                f"refusing to load key file {p}: mode {mode:04o} gives access to group or "
                f"others; run `chmod 600 {p}`"
            )
        chunks: list[bytes] = []
        while chunk := os.read(fd, 65536):
            chunks.append(chunk)
    finally:
        os.close(fd)
    try:
        return b"".join(chunks).decode("utf-8")
    except UnicodeDecodeError:
        raise KeyRingError(f"key file {p} is not UTF-8 text") from None


def load_master_key_file(
    path: str | os.PathLike[str], *, allow_insecure_mode: bool = False
) -> MasterKeyRing:
    """Load a master-key file; refuse group/world-accessible files unless allowed."""
    return parse_master_keys(_read_secret_file(path, allow_insecure_mode=allow_insecure_mode))


def write_key_file_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Atomically replace ``path`` with ``text``, mode 0600.

    The temporary file is created with mode 0600 from the start (never world-readable for
    an instant), in the same directory so ``os.replace`` is an atomic rename, and fsynced
    before and after the rename so a crash leaves either the old or the new file.
    """
    p = Path(path)
    directory = p.parent
    tmp = directory / f".{p.name}.{secrets.token_hex(6)}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(tmp, flags, 0o600)
    try:
        try:
            # umask can only remove bits, but be explicit in case the fs ignores create modes.
            os.fchmod(fd, 0o600)
            data = text.encode("utf-8")
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, p)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _fsync_dir(directory)


def _fsync_dir(directory: Path) -> None:
    try:
        dfd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return  # not supported on this platform / filesystem; the rename itself is done
    try:
        with contextlib.suppress(OSError):
            os.fsync(dfd)
    finally:
        os.close(dfd)


def add_master_key_to_file(
    path: str | os.PathLike[str], *, allow_insecure_mode: bool = False
) -> MasterKey:
    """Generate a new master key, prepend it to the key file (creating it), return it.

    Not safe against two concurrent invocations on the same file (last writer wins); it is an
    operator command, run it once at a time.
    """
    p = Path(path)
    ring: MasterKeyRing | None = None
    if p.exists():
        ring = load_master_key_file(p, allow_insecure_mode=allow_insecure_mode)
    new = generate_master_key()
    while ring is not None and new.kid in ring:
        new = generate_master_key()  # 24 random bits per day: a clash is rare but possible
    ring = MasterKeyRing([new]) if ring is None else ring.with_new_key(new)
    write_key_file_atomic(p, format_master_key_file(ring))
    return new


def remove_master_key_from_file(
    path: str | os.PathLike[str], kid: str, *, allow_insecure_mode: bool = False
) -> MasterKeyRing:
    """Drop a retired (non-current) master key from the key file; return the new ring.

    Only call this once no wrapped data key references ``kid`` (the storage layer checks).
    """
    ring = load_master_key_file(path, allow_insecure_mode=allow_insecure_mode).without(kid)
    write_key_file_atomic(path, format_master_key_file(ring))
    return ring


# --------------------------------------------------------------------------- index key


class IndexKey:
    """Root secret for keyed hashes. ``derive(purpose)`` yields independent HKDF sub-keys."""

    __slots__ = ("_key",)

    def __init__(self, key: bytes) -> None:
        if not isinstance(key, bytes) or len(key) != KEY_SIZE:
            raise KeyRingError(f"index key must be exactly {KEY_SIZE} bytes")
        self._key = key

    @property
    def key(self) -> bytes:
        """The raw 32-byte root key (only for writing it back to its file)."""
        return self._key

    def derive(self, purpose: str) -> bytes:
        """Derive a 32-byte sub-key for ``purpose`` with HKDF-SHA256.

        Distinct purposes give unrelated keys, so e.g. a leaked audit-chain key does not
        let anyone compute phone blind indexes. Use the ``PURPOSE_*`` constants.
        """
        if not _PURPOSE_RE.fullmatch(purpose):
            raise ValueError("purpose must be 1-64 chars of [a-z0-9.-]")
        hkdf = HKDF(
            algorithm=hashes.SHA256(),
            length=KEY_SIZE,
            salt=_HKDF_SALT,
            info=_HKDF_INFO_PREFIX + purpose.encode("ascii"),
        )
        return hkdf.derive(self._key)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, IndexKey):
            return NotImplemented
        return secrets.compare_digest(self._key, other._key)

    def __hash__(self) -> int:
        return hash((IndexKey, self._key))

    def __repr__(self) -> str:
        return "IndexKey(<32 bytes hidden>)"


_INDEX_KEY_FILE_HEADER = """\
# intake index key: root of the blind-index, message-id, report-code and audit-chain keys.
# SECRET: never commit this file or store it with the database; mode 0600. Changing it makes
# every existing blind index and report code unfindable.
"""


def parse_index_key(text: str) -> IndexKey:
    """Parse a base64 index key (one line; blank lines and ``#`` comments allowed)."""
    stripped = (_strip_comment(line) for line in text.removeprefix("\ufeff").splitlines())
    lines = [s for s in stripped if s]
    if len(lines) != 1:
        raise KeyRingError(f"index key text must hold exactly one key line, found {len(lines)}")
    try:
        raw = _b64decode_any(lines[0])
    except ValueError:
        raise KeyRingError("index key is not valid base64") from None
    if len(raw) != KEY_SIZE:
        raise KeyRingError(f"index key decodes to {len(raw)} bytes, expected {KEY_SIZE}")
    return IndexKey(raw)


def generate_index_key() -> IndexKey:
    """Create a random index key."""
    return IndexKey(secrets.token_bytes(KEY_SIZE))


def format_index_key(key: IndexKey, *, header: bool = True) -> str:
    """Render an index key; with ``header`` (default) as a key file, else the bare base64."""
    line = _b64encode(key.key)
    return f"{_INDEX_KEY_FILE_HEADER}{line}\n" if header else line


def load_index_key_file(
    path: str | os.PathLike[str], *, allow_insecure_mode: bool = False
) -> IndexKey:
    """Load an index-key file; refuse group/world-accessible files unless allowed."""
    return parse_index_key(_read_secret_file(path, allow_insecure_mode=allow_insecure_mode))
