<?xml version="1.0" encoding="utf-8"?>
{#- Shows an Atom feed as a page of the site when a browser opens it (feed readers ignore it).
    Written beside the feeds (BRIEFING_FEED_STYLE_SAVE_AS): SITEURL is relative to them in
    local builds, and links in the result resolve against the feed's own address. -#}
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
<!-- libxslt writes the encoding as <meta http-equiv="Content-Type"> itself: no <meta charset> here -->
<xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat" indent="no"/>

<xsl:template match="atom:feed">
<html lang="{{ DEFAULT_LANG }}">
<head>
  <meta name="viewport" content="width=device-width, initial-scale=1"/>
  <meta name="color-scheme" content="light dark"/>
  <title><xsl:value-of select="atom:title"/> (Atom feed)</title>
  <link rel="stylesheet" href="{{ SITEURL }}/{{ THEME_STATIC_DIR }}/css/site.css"/>
  <link rel="icon" href="{{ SITEURL }}/{{ THEME_STATIC_DIR }}/favicon.svg" type="image/svg+xml"/>
</head>
<body>
  {% include "partials/site_header.html" %}
  <main id="main" class="wrap" tabindex="-1">
    <header class="page-header feed-header">
      <p class="kicker">Atom feed</p>
      <h1><xsl:value-of select="atom:title"/></h1>
      <p class="lede">This page is a web feed. To follow it, copy its address into a feed reader: each new source arrives there with the timeline entries it supports. <a href="{atom:link[@rel='alternate']/@href}">Read it on the site</a>.</p>
      <p class="feed-address"><label for="feed-url">Feed address</label> <input id="feed-url" type="text" readonly="readonly" value="{atom:link[@rel='self']/@href}"/></p>
    </header>
    <h2 class="feed-count"><xsl:value-of select="count(atom:entry)"/> newest source<xsl:if test="count(atom:entry) != 1">s</xsl:if></h2>
    <ol class="feed-entries">
      <xsl:for-each select="atom:entry">
        <li class="feed-entry">
          <h3><a href="{atom:link/@href}"><xsl:value-of select="atom:title"/></a></h3>
          <xsl:if test="atom:category"><p class="meta">In <xsl:for-each select="atom:category"><xsl:if test="position() != 1">, </xsl:if><xsl:value-of select="@term"/></xsl:for-each></p></xsl:if>
          <div class="feed-content"><xsl:value-of select="atom:content" disable-output-escaping="yes"/></div>
        </li>
      </xsl:for-each>
    </ol>
  </main>
  {% include "partials/site_footer.html" %}
</body>
</html>
</xsl:template>

</xsl:stylesheet>
