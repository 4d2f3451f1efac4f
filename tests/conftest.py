"""Shared test setup: this folder is on sys.path, so every area can import its helpers
(debian_chromium, script_module)."""
