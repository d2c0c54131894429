// <merit-chart>: draws one Chart.js chart from a JSON config the server sets as the `config`
// property (org.meritledger.base.ui.chart.Chart). The canvas is an image for assistive
// technology (role="img" + aria-label); the server puts the data as a table next to it.
import { LitElement, html, css } from 'lit';
import { Chart, registerables } from 'chart.js';

Chart.register(...registerables);

class MeritChart extends LitElement {
  static properties = {
    config: { type: String },
    label: { type: String },
  };

  static styles = css`
    :host { display: block; position: relative; height: 280px; }
    canvas { max-width: 100%; }
  `;

  render() {
    return html`<canvas role="img" aria-label=${this.label || ''}></canvas>`;
  }

  updated(changed) {
    if (changed.has('config')) {
      this._draw();
    }
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated && !this._chart) {
      this._draw();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this._destroy();
  }

  _destroy() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  _draw() {
    this._destroy();
    const canvas = this.renderRoot && this.renderRoot.querySelector('canvas');
    if (!canvas || !this.config) {
      return;
    }
    const cfg = JSON.parse(this.config);
    // responsive inside the host's fixed height; no animation (reports, not a show)
    cfg.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, cfg.options || {});
    this._chart = new Chart(canvas, cfg);
  }
}

customElements.define('merit-chart', MeritChart);
