"""The astrokg ontology (``astrokg.ttl``) and SHACL shapes (``shapes.ttl``), shipped as data."""
