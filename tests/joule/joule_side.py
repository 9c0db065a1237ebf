"""Runs inside the node's own virtualenv: joule's Python API reads or writes a stream via .npy files.

python joule_side.py read|write|read-decimated <url> <key> <stream path> <file.npy>
"""

import asyncio
import sys

import numpy as np
from joule.api import create_tcp_node
from joule.errors import EmptyPipeError


async def main(mode: str, url: str, key: str, path: str, file: str) -> None:
    node = create_tcp_node(url, key)
    try:
        if mode == "write":
            pipe = await node.data_write(path)
            data = np.load(file)
            for start in range(0, len(data), 100_000):
                await pipe.write(data[start : start + 100_000])
            await pipe.close()
            return
        pipe = await node.data_read(path, max_rows=1000 if mode == "read-decimated" else None)
        blocks = []
        try:
            while True:
                block = await pipe.read()
                pipe.consume(len(block))
                blocks.append(block)
        except EmptyPipeError:
            pass
        await pipe.close()
        np.save(file, np.concatenate(blocks) if blocks else np.empty(0, pipe.dtype))
    finally:
        await node.close()


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:6]))
