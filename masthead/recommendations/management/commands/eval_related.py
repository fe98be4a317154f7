"""``masthead eval-related --dataset uci|mind``: measure "You May Also Like" on a public
dataset; the last line of output is one JSON object (metrics, baselines, time)."""

import json
import time

from django.core.management.base import BaseCommand, CommandError

from masthead.recommendations import evaluation


class Command(BaseCommand):
    help = "Measure related-stories quality on a public dataset (JSON on the last line)."

    def add_arguments(self, parser):
        parser.add_argument("--dataset", choices=sorted(evaluation.DATASETS), required=True)
        parser.add_argument(
            "--file",
            default=None,
            help="the dataset file (default: the team's ../shared/datasets copy)",
        )

    def handle(self, dataset, file, **options):
        path = file or evaluation.datasets_dir() / evaluation.DATASETS[dataset]
        started = time.perf_counter()
        try:
            result = evaluation.evaluate(dataset, path=path)
        except FileNotFoundError as exc:
            raise CommandError(f"{exc.filename}: not found; give the file with --file") from exc
        result["seconds"] = round(time.perf_counter() - started, 2)
        self.stdout.write(
            f"{dataset}: {result['label']} precision@5 {result['precision_at_5']}, "
            f"MRR {result['mrr']} over {result['items']} items (target {result['target']})"
        )
        self.stdout.write(json.dumps(result, sort_keys=True))
