"""Demo content for the helpdesk, in English and Japanese (see load_demo_content)."""
