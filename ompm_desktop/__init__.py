"""The community policing desk: the core, free of any GUI toolkit."""

__version__ = "0.1.0"
APP_NAME = "ompm-desktop"
APP_TITLE = "Community Policing Desk"
APP_ID = "ca.ompm.CommunityPolicingDesk"
