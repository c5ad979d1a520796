"""A separate process on a store, for the contract tests: ``open DB`` (open it, which migrates,
and print the token secret) or ``write DB TAG COUNT THREADS`` (add COUNT activities one
transaction each from THREADS threads, printing each Id once its commit returned)."""

from __future__ import annotations

import sys
import threading

from mockserver.storage import open_store
from tests.mockserver.helpers import APP, CAMPAIGN, pending


def main(argv: list[str]) -> None:
    command, db = argv[0], argv[1]
    if command == "open":
        with open_store(db) as store:
            print(store.token_secret.hex(), flush=True)
        return
    tag, count, threads = argv[2], int(argv[3]), int(argv[4])
    lock = threading.Lock()
    with open_store(db) as store:

        def writer(t: int) -> None:
            for i in range(count // threads):
                activity_id = f"{tag}-{t}-{i:05d}"
                store.add_activities(APP, CAMPAIGN, [pending(activity_id)])
                with lock:
                    sys.stdout.write(activity_id + "\n")
                    sys.stdout.flush()

        workers = [threading.Thread(target=writer, args=(t,)) for t in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()


if __name__ == "__main__":
    main(sys.argv[1:])
