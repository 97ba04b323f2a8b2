"""Activity figures (« Statistiques d'activité ») and handover (« Passation ») screens."""
