### Site-level UI messages for the language "ca".
###
### A message defined in this file overrides the theme's message with the same
### id for this site only; every message not defined here comes from the
### theme's i18n/ca/*.ftl files. Leave this file without messages to use the
### theme's wording unchanged.
###
### Example (the id must exist in the theme):
###
###     read-more = …
