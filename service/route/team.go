package route

// IsTeam reports whether addr belongs to the support team, a configured
// person or a team domain, so that front ends listing customer mail can
// leave the team's own replies out. A nil config knows no team.
func (c *Config) IsTeam(addr string) bool {
	if c == nil {
		return false
	}
	return c.isTeam(addr)
}
