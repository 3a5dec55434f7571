"""Money's currency as an ISO 4217 code beside its unit in words ("dollars", USD).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The codes earlier revisions stored as money's unit, with the words the unit now holds (frozen here: a
#: migration must mean the same whatever the extractor later learns).
CODE_NAMES = {"USD": "dollars", "GBP": "pounds", "EUR": "euros", "JPY": "yen", "NGN": "naira", "INR": "rupees",
              "AUD": "Australian dollars", "CAD": "Canadian dollars", "ZAR": "rand", "KES": "shillings",
              "CNY": "yuan", "CHF": "francs", "GHS": "cedis", "RUB": "roubles", "UAH": "hryvnias", "MXN": "pesos",
              "BDT": "taka", "IDR": "rupiah", "THB": "baht", "MYR": "ringgit", "TRY": "lira", "SAR": "riyals",
              "AED": "dirhams", "ETB": "birr", "ZMW": "kwacha", "AFN": "afghanis", "PLN": "zlotys", "HUF": "forints"}


def upgrade() -> None:
    with op.batch_alter_table("quantities") as batch:
        batch.add_column(sa.Column("currency", sa.String(3), nullable=True))
    quantities = sa.table("quantities", sa.column("unit", sa.Text()), sa.column("currency", sa.String(3)))
    bind = op.get_bind()
    for code, name in CODE_NAMES.items():
        bind.execute(sa.update(quantities).where(quantities.c.unit == code).values(unit=name, currency=code))


def downgrade() -> None:
    quantities = sa.table("quantities", sa.column("unit", sa.Text()), sa.column("currency", sa.String(3)))
    bind = op.get_bind()
    bind.execute(sa.update(quantities).where(quantities.c.currency.is_not(None))
                 .values(unit=quantities.c.currency))
    with op.batch_alter_table("quantities") as batch:
        batch.drop_column("currency")
