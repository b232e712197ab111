/**
 * Runs `action` on a person's click only (mouse, or Enter/Space on the focused button), as the panel
 * does: a report sent or a trial started must follow what the director or IT actually did, never a
 * synthetic click from a script.
 */
export function onPress(button: HTMLButtonElement, action: () => void): void {
  button.addEventListener('click', (event) => {
    if (event.isTrusted) action();
  });
}
