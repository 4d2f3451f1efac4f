"""Shared test setup: this folder is on sys.path, so every area can import debian_chromium."""
