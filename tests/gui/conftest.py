"""GUI test setup: pytest-qt runs offscreen (set in tests/conftest.py); Qt warnings fail tests."""
