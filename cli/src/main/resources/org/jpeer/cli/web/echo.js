// The jpeer echo page: WHIP from the page (RFC 9725, no trickle: the offer carries every
// candidate), the echoed tracks shown beside the local ones, and live stats drawn as small charts.
'use strict';

const SAMPLES = 60;

/** A rolling line chart of one figure on a canvas. */
class Chart {
  constructor(canvas, label, unit, color) {
    this.ctx = canvas.getContext('2d');
    this.canvas = canvas;
    this.label = label;
    this.unit = unit;
    this.color = color;
    this.values = [];
    this.draw();
  }

  add(value) {
    this.values.push(value);
    if (this.values.length > SAMPLES) this.values.shift();
    this.draw();
  }

  draw() {
    const { ctx, canvas, values } = this;
    const w = canvas.width, h = canvas.height, top = 22;
    ctx.clearRect(0, 0, w, h);
    const last = values.length ? values[values.length - 1] : null;
    ctx.fillStyle = '#333';
    ctx.font = '12px system-ui, sans-serif';
    ctx.fillText(this.label + ': ' + (last === null ? '–' : format(last) + ' ' + this.unit), 6, 15);
    if (values.length < 2) return;
    const max = Math.max(...values, 1e-9);
    ctx.strokeStyle = this.color;
    ctx.lineWidth = 2;
    ctx.beginPath();
    values.forEach((v, i) => {
      const x = (i / (SAMPLES - 1)) * (w - 4) + 2;
      const y = h - 4 - (v / max) * (h - top - 6);
      if (i === 0) ctx.moveTo(x, y); else ctx.lineTo(x, y);
    });
    ctx.stroke();
  }
}

function format(v) {
  return v >= 100 ? Math.round(v).toString() : v.toFixed(1);
}

const $ = id => document.getElementById(id);
const charts = {
  bitrate: new Chart($('bitrate'), 'echo bitrate', 'kbit/s', '#2a7ae2'),
  rtt: new Chart($('rtt'), 'RTT', 'ms', '#e2832a'),
  lost: new Chart($('lost'), 'packets lost', '', '#d33'),
};

let pc = null;
let stream = null;
let session = null;
let timer = null;
let lastBytes = 0;
let lastTime = 0;

function setStatus(text) {
  $('status').textContent = text;
}

function gatheringComplete(connection) {
  if (connection.iceGatheringState === 'complete') return Promise.resolve();
  return new Promise(resolve => connection.addEventListener('icegatheringstatechange', () => {
    if (connection.iceGatheringState === 'complete') resolve();
  }));
}

async function start() {
  $('start').disabled = true;
  try {
    setStatus('asking for camera and microphone…');
    stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: { width: 640, height: 480 } });
    $('local').srcObject = stream;
    pc = new RTCPeerConnection();
    stream.getTracks().forEach(track => pc.addTransceiver(track, { direction: 'sendrecv' }));
    const echoed = new MediaStream();
    pc.ontrack = e => {
      echoed.addTrack(e.track);
      $('echo').srcObject = echoed;
    };
    pc.onconnectionstatechange = () => setStatus(pc.connectionState);
    await pc.setLocalDescription(await pc.createOffer());
    setStatus('gathering candidates…');
    await gatheringComplete(pc);
    setStatus('offering…');
    const response = await fetch('whip', {
      method: 'POST',
      headers: { 'Content-Type': 'application/sdp' },
      body: pc.localDescription.sdp,
    });
    if (response.status !== 201) throw new Error('WHIP ' + response.status + ': ' + await response.text());
    session = new URL(response.headers.get('Location'), response.url).href;
    await pc.setRemoteDescription({ type: 'answer', sdp: await response.text() });
    timer = setInterval(sampleStats, 1000);
    $('stop').disabled = false;
  } catch (e) {
    setStatus('failed: ' + e.message);
    stop();
  }
}

async function sampleStats() {
  if (!pc) return;
  const report = await pc.getStats();
  let bytes = 0, lost = 0, rtt = null, now = 0;
  report.forEach(s => {
    if (s.type === 'inbound-rtp') {
      bytes += s.bytesReceived || 0;
      lost += s.packetsLost || 0;
      now = Math.max(now, s.timestamp);
    }
    if (s.type === 'candidate-pair' && s.nominated && s.currentRoundTripTime !== undefined) {
      rtt = s.currentRoundTripTime * 1000;
    }
  });
  if (lastTime && now > lastTime) charts.bitrate.add((bytes - lastBytes) * 8 / (now - lastTime));
  lastBytes = bytes;
  lastTime = now;
  if (rtt !== null) charts.rtt.add(rtt);
  charts.lost.add(lost);
}

function stop() {
  clearInterval(timer);
  timer = null;
  if (session) fetch(session, { method: 'DELETE' }).catch(() => {});
  session = null;
  if (pc) pc.close();
  pc = null;
  if (stream) stream.getTracks().forEach(t => t.stop());
  stream = null;
  lastBytes = lastTime = 0;
  $('start').disabled = false;
  $('stop').disabled = true;
  if (!$('status').textContent.startsWith('failed')) setStatus('stopped');
}

/** The two videos and the charts drawn into one PNG data URL (what a test saves as a screenshot). */
window.echoSnapshot = function () {
  const canvas = document.createElement('canvas');
  canvas.width = 660;
  canvas.height = 360;
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fafafa';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage($('local'), 0, 0, 320, 240);
  ctx.drawImage($('echo'), 340, 0, 320, 240);
  ['bitrate', 'rtt', 'lost'].forEach((id, i) => ctx.drawImage($(id), i * 220, 260, 210, 90));
  return canvas.toDataURL('image/png');
};

$('start').addEventListener('click', start);
$('stop').addEventListener('click', stop);
