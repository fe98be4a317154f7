"""``masthead erase-commenter <email>``: erase everything stored for one commenter.

For privacy requests. Deletes every comment written with that e-mail (any case), the
reports made on them, the desk's log entries about them (they name the comment) and any
ban of the visitor hashes those comments were written under. Replies by other readers
stay, as top-level comments. Prints how many rows were removed.
"""

from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction

from masthead.comments.models import BannedVisitor, Comment


class Command(BaseCommand):
    help = "Erase every comment (and what refers to it) written with one e-mail address."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, email, **options):
        email = email.strip()
        try:
            validate_email(email)
        except Exception:
            raise CommandError(f"{email!r} is not an e-mail address.") from None
        with transaction.atomic():
            comments = Comment.objects.filter(email__iexact=email)
            ids = [str(pk) for pk in comments.values_list("pk", flat=True)]
            visitors = set(comments.exclude(visitor="").values_list("visitor", flat=True))
            _, counts = comments.delete()
            logs, _ = LogEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(Comment), object_id__in=ids
            ).delete()
            bans, _ = BannedVisitor.objects.filter(visitor__in=visitors).delete()
        removed = {
            "comments": counts.get("comments.Comment", 0),
            "reports": counts.get("comments.CommentReport", 0),
            "log entries": logs,
            "bans": bans,
        }
        total = sum(removed.values())
        detail = ", ".join(f"{n} {what}" for what, n in removed.items())
        self.stdout.write(f"erase-commenter: removed {total} rows ({detail}).")
