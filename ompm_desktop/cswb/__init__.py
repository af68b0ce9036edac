"""The municipality's Community Safety and Well-Being plan: its priority risks, the calls for
service brought in from the CAD or RMS, and whether an initiative's response changed them."""
