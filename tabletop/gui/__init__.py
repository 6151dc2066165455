"""The Qt interface: thin views over tabletop.core."""
