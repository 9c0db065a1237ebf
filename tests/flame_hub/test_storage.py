"""Storage: multipart upload of many files from paths, bytes and streams; the file stream and the bucket tarball."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path
from typing import Any

import pytest
from fakes.flame_hub import FlameHub
from flamehub_client import InvalidRequest, StorageClient

pytestmark = pytest.mark.both_generations


def _bucket(client: StorageClient) -> Any:
    return client.create_bucket(name="analysis-code")


def test_many_files_go_up_in_one_request_stored_at_their_paths(
    hub: FlameHub, storage_client: StorageClient, tmp_path: Path
) -> None:
    script = tmp_path / "main.py"
    script.write_bytes(b"print('hello')\n")
    bucket = _bucket(storage_client)
    hub.clear()
    stored = storage_client.upload_to_bucket(
        bucket,
        {"code/main.py": script, "code/lib/util.py": b"X = 1\n", "data.csv": io.BytesIO(b"a,b\n")},
    )
    assert [(f.path, f.name, f.directory, f.size) for f in stored] == [
        ("code/main.py", "main.py", "code", 15),
        ("code/lib/util.py", "util.py", "code/lib", 6),
        ("data.csv", "data.csv", "", 4),
    ]
    (upload,) = [r for r in hub.storage.requests if r.operation_id == "buckets_upload"]
    assert sorted(f.filename or "" for f in upload.files.values()) == ["code/lib/util.py", "code/main.py", "data.csv"]
    assert [f.name for f in storage_client.find_bucket_files(filter={"bucket_id": bucket.id}, sort="name")] == [
        "data.csv",
        "main.py",
        "util.py",
    ]


def test_the_seed_upload_items_are_accepted(hub: FlameHub, storage_client: StorageClient) -> None:
    bucket = _bucket(storage_client)
    stored = storage_client.upload_to_bucket(
        bucket, [{"file_name": "notes/readme.txt", "content": b"hi", "content_type": "text/plain"}]
    )
    assert stored[0].path == "notes/readme.txt"
    upload = next(r for r in hub.storage.requests if r.operation_id == "buckets_upload")
    assert next(iter(upload.files.values())).content_type == "text/plain"


def test_a_file_streams_back_decoded_from_gzip(hub: FlameHub, storage_client: StorageClient, tmp_path: Path) -> None:
    bucket = _bucket(storage_client)
    (stored,) = storage_client.upload_to_bucket(bucket, {"big.txt": b"line\n" * 10000})
    hub.clear()
    chunks = list(storage_client.stream_bucket_file(stored, chunk_size=4096))
    assert b"".join(chunks) == b"line\n" * 10000
    assert len(chunks) > 1
    assert "gzip" in hub.storage.requests[-1].headers["accept-encoding"]
    target = storage_client.download_bucket_file(stored.id, tmp_path / "big.txt")
    assert target.read_bytes() == b"line\n" * 10000


def test_a_bucket_streams_as_a_tar_of_its_files(hub: FlameHub, storage_client: StorageClient, tmp_path: Path) -> None:
    bucket = _bucket(storage_client)
    storage_client.upload_to_bucket(bucket, {"code/main.py": b"print(1)\n", "data.csv": b"a\n"})
    archive = b"".join(storage_client.stream_bucket_tarball(bucket))
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        assert sorted(tar.getnames()) == ["code/main.py", "data.csv"]
        member = tar.extractfile("code/main.py")
        assert member is not None
        assert member.read() == b"print(1)\n"
    path = storage_client.download_bucket(bucket, tmp_path / "bucket.tar")
    assert path.read_bytes() == archive


def test_async_upload_and_streams(hub: FlameHub, run_async: Any, tmp_path: Path) -> None:
    source = tmp_path / "model.bin"
    source.write_bytes(bytes(range(256)) * 64)

    async def roundtrip(clients: dict[str, Any]) -> tuple[bytes, list[str], bytes]:
        storage = clients["storage"]
        bucket = await storage.create_bucket(name="results")
        (stored,) = await storage.upload_to_bucket(bucket, {"out/model.bin": source})
        content = b"".join([c async for c in storage.stream_bucket_file(stored)])
        archive = b"".join([c async for c in storage.stream_bucket_tarball(bucket)])
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            names = tar.getnames()
        written = await storage.download_bucket_file(stored, tmp_path / "copy.bin")
        await storage.download_bucket(bucket, tmp_path / "bucket.tar")
        return content, names, written.read_bytes()

    content, names, written = run_async(roundtrip)
    assert content == written == source.read_bytes()
    assert names == ["out/model.bin"]


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"a.txt": "text"}, "a str is ambiguous"),
        ({"a.txt": Path("/nonexistent/a.txt")}, "no such file"),
        ({"": b"x"}, "stored path must be a non-empty string"),
        ({}, "at least one file"),
        ([{"content": b"x"}], "must be an UploadFile"),
        ({"a.txt": 42}, "must be bytes, a path or a binary stream"),
    ],
)
def test_bad_uploads_are_refused_before_sending(
    hub: FlameHub, storage_client: StorageClient, files: Any, message: str
) -> None:
    bucket = _bucket(storage_client)
    hub.clear()
    with pytest.raises(InvalidRequest, match=message):
        storage_client.upload_to_bucket(bucket, files)
    assert hub.storage.requests == []
