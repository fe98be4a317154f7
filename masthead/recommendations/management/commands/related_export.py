"""``masthead related-export --corpus FILE.jsonl --k 10``: the related list of every item of
a corpus, one ``{"id": ..., "related": [ids, best first]}`` per line, computed by the
production ranking with freshness off and no engagement data. No database is touched."""

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from masthead.recommendations import evaluation


def _positive(value):
    number = int(value)
    if number < 1:
        raise ValueError(value)
    return number


_positive.__name__ = "positive whole number"


class Command(BaseCommand):
    help = "Write the related list of every item of a JSONL corpus (one JSON line each)."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--corpus", required=True, help="JSONL file ('-' for stdin)")
        parser.add_argument("--k", type=_positive, default=10, help="list length (default 10)")
        parser.add_argument("--output", default="-", help="where to write ('-': stdout)")

    def handle(self, corpus, k, output, **options):
        try:
            if corpus == "-":
                docs = evaluation.load_jsonl(sys.stdin)
            else:
                with open(corpus, encoding="utf-8") as handle:
                    docs = evaluation.load_jsonl(handle)
        except FileNotFoundError as exc:
            raise CommandError(f"{corpus}: no such file") from exc
        except (ValueError, json.JSONDecodeError) as exc:
            raise CommandError(f"{corpus}: {exc}") from exc
        lines = (
            json.dumps({"id": pk, "related": related}, ensure_ascii=False)
            for pk, related in (evaluation.related_lists(docs, k) if docs else [])
        )
        if output == "-":
            for line in lines:
                self.stdout.write(line)
        else:
            with open(output, "w", encoding="utf-8") as handle:
                for line in lines:
                    handle.write(line + "\n")
