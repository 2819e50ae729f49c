"""Resolution Editor: drafting ITU resolutions and the proposals that change them."""

__version__ = "0.1.0"
