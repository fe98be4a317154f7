"""Who is a visitor, without keeping who they are.

A visitor is ``HMAC-SHA256(salt of the day, client IP + User-Agent)``, cut to 128 bits. The
salt is random, kept in the database for two days and then deleted, so yesterday's
hashes can no longer be recomputed from an address, and the same reader gets another
hash tomorrow. Raw IP addresses are never stored anywhere.
"""

import hashlib
import hmac
import ipaddress
import secrets
from datetime import date, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction

from .models import VisitorSalt

_salts = {}  # day -> bytes, per process; the database row is the shared truth


def _trusted_networks():
    networks = []
    for item in settings.MASTHEAD_TRUSTED_PROXIES:
        networks.append(ipaddress.ip_network(item, strict=False))
    return networks


def _is_trusted(address, networks):
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


def client_ip(request):
    """The reader's address: REMOTE_ADDR, or X-Forwarded-For when REMOTE_ADDR is a proxy we
    trust (walking right to left past our own proxies). None if nothing valid is found."""
    remote = request.META.get("REMOTE_ADDR", "")
    networks = _trusted_networks()
    if networks and _is_trusted(remote, networks):
        hops = [h.strip() for h in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        for hop in reversed([h for h in hops if h]):
            if not _is_trusted(hop, networks):
                return _valid(hop)
    return _valid(remote)


def _valid(address):
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def salt_for(day):
    """The salt of ``day`` (created on first use; the same in every process)."""
    salt = _salts.get(day)
    if salt is None:
        row = VisitorSalt.objects.filter(day=day).first()
        if row is None:
            try:
                with transaction.atomic():
                    row = VisitorSalt.objects.create(day=day, salt=secrets.token_hex(32))
            except IntegrityError:  # another process created it first
                row = VisitorSalt.objects.get(day=day)
        salt = bytes.fromhex(row.salt)
        if len(_salts) > 4:
            _salts.clear()
        _salts[day] = salt
    return salt


def visitor_hash(ip, user_agent, day):
    message = f"{ip}\n{user_agent}".encode("utf-8", "replace")
    return hmac.new(salt_for(day), message, hashlib.sha256).hexdigest()[:32]


def forget_old_salts(today):
    """Delete salts older than yesterday: their hashes can never be recomputed."""
    deleted, _ = VisitorSalt.objects.filter(day__lt=today - timedelta(days=1)).delete()
    for day in [d for d in _salts if d < today - timedelta(days=1)]:
        del _salts[day]
    return deleted


def today_utc(now):
    return date(now.year, now.month, now.day)
