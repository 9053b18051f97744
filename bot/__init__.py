"""DealWire: biotech deal alerts from newswires to Slack."""

from bot import compiled

compiled.install()  # before anything imports the classifier: its compiled build, when current
