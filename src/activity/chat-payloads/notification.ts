/** The text message (type 1, spec 4.4) a BotAPI notification leaves in the chat: subject, text, and the "more" link when given. */
export function notificationText(n: { subject: string; text: string; descriptionUrl: string; descriptionHint: string }): string {
  const more = n.descriptionUrl ? `\n${n.descriptionHint}: ${n.descriptionUrl}` : '';
  return `${n.subject}\n${n.text}${more}`;
}
