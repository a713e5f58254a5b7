// Shows what a date-time typed in the editor's time zone is in Brussels and in Tokyo.
(() => {
  const pattern = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})/;

  const wallClock = (instant, zone) => {
    const parts = {};
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(instant)
      .forEach((part) => {
        parts[part.type] = Number(part.value);
      });
    return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  };

  // The instant a wall-clock time names in a zone: start from the time read as UTC and move
  // by the zone's offset (twice, so that a daylight-saving change in between is followed).
  const instantOf = (text, zone) => {
    const match = pattern.exec(text.trim());
    if (!match) return null;
    const [year, month, day, hour, minute] = match.slice(1).map(Number);
    const wanted = Date.UTC(year, month - 1, day, hour, minute);
    let guess = wanted;
    for (let step = 0; step < 2; step += 1) {
      guess += wanted - wallClock(new Date(guess), zone);
    }
    return new Date(guess);
  };

  const describe = (instant, zones) => {
    const language = document.documentElement.lang === 'ja' ? 'ja-JP' : 'en-GB';
    return zones
      .map((zone) =>
        // dateStyle and timeStyle cannot be combined with timeZoneName: name each part.
        new Intl.DateTimeFormat(language, {
          timeZone: zone,
          year: 'numeric',
          month: 'short',
          day: 'numeric',
          hour: 'numeric',
          minute: '2-digit',
          hourCycle: 'h23',
          timeZoneName: 'short',
        }).format(instant),
      )
      .join(' / ');
  };

  const update = (input) => {
    const hint = document.querySelector(`[data-zoned-datetime][data-for="${input.id}"]`);
    if (!hint) return;
    const instant = instantOf(input.value, hint.dataset.zone);
    hint.querySelector('[data-equivalent]').textContent = instant
      ? `= ${describe(instant, hint.dataset.zones.split(','))}`
      : '';
  };

  ['input', 'change'].forEach((type) => {
    document.addEventListener(type, (event) => {
      if (event.target instanceof HTMLInputElement && event.target.id) update(event.target);
    });
  });
})();
