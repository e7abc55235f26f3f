"""What the theme shows readers beyond the briefing itself: a to-scale time axis, what changed
lately, the companies mentioned, display filters and the Atom feeds."""
